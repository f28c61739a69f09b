namespace StayHub.Framework.Contracts.Events;

/// <summary>The stable wire name of an integration event (e.g. <c>booking.confirmed.v1</c>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventNameAttribute(string name) : Attribute
{
    /// <summary>The stable name.</summary>
    public string Name { get; } = name;
}
