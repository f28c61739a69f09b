using Microsoft.Extensions.DependencyInjection;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Idempotency;

public static class IdempotencyServiceExtensions
{
    /// <summary>The PostgreSQL store behind <c>WithIdempotency()</c> endpoints (options section <c>Idempotency</c>).</summary>
    public static IServiceCollection AddStayHubIdempotencyStore(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>()
            .BindConfiguration(IdempotencyOptions.SectionName)
            .Validate(o => o.Retention > TimeSpan.Zero && o.InProgressTimeout > TimeSpan.Zero && o.MaxStoredBodyBytes >= 0,
                "Idempotency: Retention and InProgressTimeout must be positive, MaxStoredBodyBytes >= 0.")
            .ValidateOnStart();
        services.AddSingleton<IdempotencyStore>();
        services.AddScoped<IdempotentRequest>();
        services.AddModuleDbContext<IdempotencyDbContext>(IdempotencyDbContext.SchemaName);
        return services;
    }
}
