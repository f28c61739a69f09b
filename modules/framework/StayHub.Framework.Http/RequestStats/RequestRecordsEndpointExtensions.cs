using Microsoft.AspNetCore.Builder;

namespace StayHub.Framework.Http.RequestStats;

public static class RequestRecordsEndpointExtensions
{
    /// <summary>Requests to these endpoints write no audit row and are not counted (<see cref="ExcludeFromRequestRecordsMetadata"/>).</summary>
    public static TBuilder ExcludeFromRequestRecords<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ExcludeFromRequestRecordsMetadata.Instance);
}
