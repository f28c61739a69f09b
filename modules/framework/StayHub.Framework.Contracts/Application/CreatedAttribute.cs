namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// The method creates a resource: it answers 201 with a <c>Location</c> header built from
/// <paramref name="locationTemplate"/>, whose <c>{name}</c> placeholders are filled from the returned object's
/// properties (<c>"/api/bookings/{id}"</c>), or from the request's route values with <see cref="FromRoute"/>.
/// </summary>
/// <param name="locationTemplate">Absolute path of the created resource.</param>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class CreatedAttribute(string locationTemplate) : Attribute
{
    /// <summary>Absolute path of the created resource, with placeholders.</summary>
    public string LocationTemplate { get; } = locationTemplate;

    /// <summary>Fill the placeholders from the route (the parent a photo was added to) rather than from the result.</summary>
    public bool FromRoute { get; init; }
}
