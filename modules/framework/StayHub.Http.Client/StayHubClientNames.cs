namespace StayHub.Http.Client;

/// <summary>Names of the <see cref="IHttpClientFactory"/> clients the StayHub client registers, to configure them further.</summary>
public static class StayHubClientNames
{
    /// <summary>The client every proxy call goes through (resilience and bearer-token handlers attached).</summary>
    public const string Api = "StayHub.Api";

    /// <summary>The client of <c>/connect/token</c>: no retries, because re-sending a refresh grant whose answer was lost
    /// presents a rotated-away refresh token and revokes the whole sign-in.</summary>
    public const string Tokens = "StayHub.Tokens";
}
