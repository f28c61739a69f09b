using Microsoft.Extensions.DependencyInjection;

namespace StayHub.Http.Client;

/// <summary>Ready-made values for <see cref="StayHubClientOptions.Tokens"/>.</summary>
public static class StayHubTokens
{
    /// <summary>
    /// Signs in with the OAuth password grant at <c>/connect/token</c> (client <c>stayhub-app</c>, a first-party public
    /// client) on first use and keeps the token fresh with the refresh grant. See <see cref="PasswordGrantTokenProvider"/>.
    /// </summary>
    /// <param name="userName">Email of the account.</param>
    /// <param name="password">Its password.</param>
    public static Func<IServiceProvider, IAccessTokenProvider> Password(string userName, string password) =>
        services => new PasswordGrantTokenProvider(
            services.GetRequiredService<IHttpClientFactory>(),
            userName,
            password,
            services.GetService<TimeProvider>() ?? TimeProvider.System);

    /// <summary>Uses <paramref name="provider"/> as it is (a token from elsewhere, a test double).</summary>
    /// <param name="provider">The provider to use.</param>
    public static Func<IServiceProvider, IAccessTokenProvider> From(IAccessTokenProvider provider) => _ => provider;
}
