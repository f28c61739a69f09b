namespace StayHub.Framework.Domain;

/// <summary>Base for entities with a client-generated, time-ordered UUID v7 key (index-friendly, no round trip).</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
