namespace StayHub.Http.Client;

/// <summary>Supplies the bearer token the proxies send. Implementations must be safe to call concurrently.</summary>
public interface IAccessTokenProvider
{
    /// <summary>A currently valid access token, or <c>null</c> to call anonymously.</summary>
    /// <param name="cancellationToken">The calling request's token.</param>
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The server rejected <paramref name="accessToken"/> with 401 (revoked, signing key rotated, clock skew): forget
    /// it so the next <see cref="GetAccessTokenAsync"/> obtains a new one. The default does nothing.
    /// </summary>
    /// <param name="accessToken">The token that was rejected.</param>
    /// <param name="cancellationToken">The calling request's token.</param>
    ValueTask RejectAsync(string accessToken, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
