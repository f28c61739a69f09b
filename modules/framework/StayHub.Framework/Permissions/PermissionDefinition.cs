namespace StayHub.Framework.Permissions;

/// <summary>
/// A permission a module offers, and the roles that get it on first sight. <paramref name="Parent"/> is the
/// permission it refines (shown under it in the console); it grants nothing by itself: every permission is checked
/// on its own.
/// </summary>
public sealed record PermissionDefinition(string Name, string DisplayName, IReadOnlyList<string> DefaultRoles, string? Parent = null)
{
    /// <summary>The module part of <c>Module.Group.Action</c> (<c>Identity</c>).</summary>
    public string Module => Name.Split('.')[0];

    /// <summary>The group part of <c>Module.Group.Action</c> (<c>Identity.Users</c>); the module itself for a two-part name.</summary>
    public string Group => Name.LastIndexOf('.') is var dot and > 0 ? Name[..dot] : Name;
}
