using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Tokens;

/// <summary>
/// Failed sign-ins per account and client address, in Redis so every node counts the same failures. The key names
/// neither the email nor the address in clear, and includes the account's security stamp, so a password reset (which
/// rotates the stamp) starts every address afresh, as it clears Identity's own lockout.
/// </summary>
internal sealed class SignInFailureCounter(IConnectionMultiplexer redis, IConfiguration configuration, IOptions<SignInLockoutOptions> options)
{
    // INCR and the first PEXPIRE in one step: a crash between them would leave a counter that never expires.
    private const string IncrementScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    private readonly string prefix = (configuration["Cache:KeyPrefix"] ?? "stayhub:") + "signin-failures:";

    public async Task<bool> IsClosedAsync(AppUser user, string clientAddress)
    {
        var count = await redis.GetDatabase().StringGetAsync(Key(user, clientAddress));
        return count.TryParse(out long failures) && failures >= options.Value.FailuresPerAddress;
    }

    /// <summary>Counts one more failure; true when this address is now closed for the account.</summary>
    public async Task<bool> FailAsync(AppUser user, string clientAddress)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            IncrementScript,
            [Key(user, clientAddress)],
            [(long)options.Value.Duration.TotalMilliseconds]);
        return (long)result >= options.Value.FailuresPerAddress;
    }

    public Task ResetAsync(AppUser user, string clientAddress) => redis.GetDatabase().KeyDeleteAsync(Key(user, clientAddress));

    private RedisKey Key(AppUser user, string clientAddress) =>
        prefix + user.Id.ToString("N") + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user.SecurityStamp + "|" + clientAddress)))[..32];
}
