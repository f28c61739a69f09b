using StayHub.Framework.Contracts.Application;

namespace StayHub.Listings.Contracts;

/// <summary>The amenity catalog listings refer to by code.</summary>
[ApplicationService("api/amenities", Tag = "Listings")]
[Anonymous]
public interface IAmenityAppService : IApplicationService
{
    /// <summary>The amenity catalog: {code, name, category}; listings refer to amenities by code.</summary>
    Task<IReadOnlyList<AmenityDto>> ListAmenitiesAsync(CancellationToken cancellationToken);
}
