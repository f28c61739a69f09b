namespace StayHub.Http.Client.Proxies;

/// <summary>What the proxy tells the handlers below it about a request.</summary>
internal static class RequestOptionKeys
{
    /// <summary>Whether a transient failure may be retried (GETs and <c>[Idempotent]</c> methods only).</summary>
    public static readonly HttpRequestOptionsKey<bool> Retryable = new("StayHub.Retryable");

    /// <summary>Whether the content can be sent again (in memory; not a caller's stream).</summary>
    public static readonly HttpRequestOptionsKey<bool> Resendable = new("StayHub.Resendable");
}
