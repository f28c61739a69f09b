using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Security;

/// <summary>A host whose OpenID issuer and accepted host names are set in configuration, as production sets them.</summary>
public sealed class ConfiguredIssuerHost : StayHubAppFactory<Program>
{
    public const string Issuer = "https://id.stayhub.test/";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:Issuer"] = Issuer,
        ["AllowedHosts"] = "localhost",
    };
}
