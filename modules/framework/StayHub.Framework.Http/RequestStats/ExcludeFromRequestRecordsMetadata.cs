using Microsoft.AspNetCore.Http;

namespace StayHub.Framework.Http.RequestStats;

/// <summary>
/// Endpoint metadata: requests to this endpoint leave no audit row and are not counted in the request figures — the
/// admin console's files, health probes and the metrics scrape, which are the operators' own traffic, not the API's.
/// </summary>
public sealed class ExcludeFromRequestRecordsMetadata
{
    public static readonly ExcludeFromRequestRecordsMetadata Instance = new();

    private ExcludeFromRequestRecordsMetadata()
    {
    }

    /// <summary>True when the endpoint the request was routed to carries the metadata.</summary>
    public static bool AppliesTo(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ExcludeFromRequestRecordsMetadata>() is not null;
}
