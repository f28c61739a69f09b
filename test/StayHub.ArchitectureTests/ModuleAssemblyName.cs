namespace StayHub.ArchitectureTests;

/// <summary>The layer an assembly plays in its module, from its name suffix; order = allowed reference direction.</summary>
public enum Layer
{
    Contracts = 0,
    Core = 1,
    Http = 2,
    // Anything else under a module (StayHub.Framework.Testing, StayHub.X.Tests): outermost.
    Other = 3,
}

/// <summary>"StayHub.Booking.Http" read as module Booking, layer Http. The framework is treated as a module named Framework.</summary>
public sealed record ModuleAssemblyName(string Name, string Module, Layer Layer)
{
    public const string Prefix = "StayHub.";

    public bool IsFramework => Module == "Framework";

    public static ModuleAssemblyName? Parse(string assemblyName)
    {
        if (!assemblyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = assemblyName.Split('.');
        var layer = parts.Length == 2 ? Layer.Core : string.Join('.', parts[2..]) switch
        {
            "Contracts" => Layer.Contracts,
            "Http" => Layer.Http,
            _ => Layer.Other,
        };
        return new ModuleAssemblyName(assemblyName, parts[1], layer);
    }
}
