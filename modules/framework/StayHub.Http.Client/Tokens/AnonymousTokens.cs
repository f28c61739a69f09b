namespace StayHub.Http.Client;

/// <summary>No sign-in: every call goes out without a bearer token (search, quotes, registration).</summary>
internal sealed class AnonymousTokens : IAccessTokenProvider
{
    public static readonly AnonymousTokens Instance = new();

    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
