using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RedisRateLimiting;
using StackExchange.Redis;
using StayHub.Framework.Contracts;
using StayHub.Framework.Http.Errors;
using StayHub.Framework.Http.Security;

namespace StayHub.Framework.Http.Hosting;

/// <summary>Bound from <c>RateLimiting</c>: fixed windows counted in Redis, so every node shares one budget.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Every request, per signed-in user or else per client IP.</summary>
    public WindowLimit Global { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Credential endpoints (sign-in, sign-up, password reset), per client IP.</summary>
    public WindowLimit Auth { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// How long a node may hold permits it took from Redis ahead of a busy caller's requests (see
    /// <see cref="BatchedRateLimiter"/>); zero takes every permit from Redis one request at a time.
    /// </summary>
    public TimeSpan LocalHold { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most permits a node holds for one caller; also never more than 1% of that caller's limit.</summary>
    public int MaxLocalBatch { get; set; } = 64;

    public sealed class WindowLimit
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; }
    }
}
