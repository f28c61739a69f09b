namespace StayHub.Framework.Domain;

public interface IHasCreationTime
{
    DateTimeOffset CreatedAt { get; }
}
