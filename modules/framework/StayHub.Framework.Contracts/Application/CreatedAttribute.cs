namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// The method creates a resource: it answers 201 with a <c>Location</c> header built from
/// <paramref name="locationTemplate"/>, whose <c>{name}</c> placeholders are filled from the request's route values,
/// else from the returned object's properties (<c>"/api/bookings/{id}"</c>).
/// </summary>
/// <param name="locationTemplate">Absolute path of the created resource.</param>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class CreatedAttribute(string locationTemplate) : Attribute
{
    /// <summary>Absolute path of the created resource, with placeholders.</summary>
    public string LocationTemplate { get; } = locationTemplate;
}
