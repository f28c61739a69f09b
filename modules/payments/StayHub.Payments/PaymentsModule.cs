using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stripe;
using PayoutAppService = StayHub.Payments.Application.PayoutAppService;
using StayHub.Booking.Contracts;
using StayHub.Framework;
using StayHub.Framework.Application;
using StayHub.Framework.DataProtection;
using StayHub.Framework.Jobs;
using StayHub.Framework.Messaging;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Framework.Persistence;
using StayHub.Payments.Application;
using StayHub.Payments.Contracts;
using StayHub.Payments.Persistence;
using StayHub.Payments.Providers;
using StayHub.Framework.Contracts.Admin;
using StayHub.Payments.Application.Stats;

namespace StayHub.Payments;

/// <summary>Guest payments, refunds, host payouts and the double-entry ledger; Stripe or the built-in sandbox.</summary>
public sealed class PaymentsModule : StayHubModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(FrameworkModule)];

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddModuleDbContext<PaymentsDbContext>(PaymentsDbContext.SchemaName,
            o => o.ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>());
        services.AddOutbox<PaymentsDbContext>();

        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.SectionName)
            .Validate(o => o.EffectiveProvider is PaymentProviders.Sandbox or PaymentProviders.Stripe,
                "Payments__Provider (configuration key Payments:Provider) must be 'Sandbox' or 'Stripe'.")
            .Validate(o => o.EffectiveProvider != PaymentProviders.Stripe || !string.IsNullOrWhiteSpace(o.Stripe.SecretKey),
                "Payments__Stripe__SecretKey (configuration key Payments:Stripe:SecretKey) is required when Payments__Provider is Stripe.")
            .Validate(o => o.EffectiveProvider != PaymentProviders.Stripe || !string.IsNullOrWhiteSpace(o.Stripe.WebhookSecret),
                "Payments__Stripe__WebhookSecret (configuration key Payments:Stripe:WebhookSecret) is required when Payments__Provider is Stripe.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Stripe.ApiBase) || Uri.TryCreate(o.Stripe.ApiBase, UriKind.Absolute, out _),
                "Payments__Stripe__ApiBase (configuration key Payments:Stripe:ApiBase) must be an absolute URL.")
            .Validate(o => o.ServiceFeePercent is >= 0 and <= 100,
                "Payments__ServiceFeePercent (configuration key Payments:ServiceFeePercent) must be a whole number from 0 to 100.")
            .Validate(o => o.HostFeePercent is >= 0 and <= 100,
                "Payments__HostFeePercent (configuration key Payments:HostFeePercent) must be a whole number from 0 to 100.")
            .Validate(o => o.PayoutDelay >= TimeSpan.Zero && o.PayoutJobInterval > TimeSpan.Zero,
                "Payments__PayoutDelay must not be negative and Payments__PayoutJobInterval must be positive.")
            .Validate(o => o.Stripe.WebhookToleranceSeconds > 0,
                "Payments__Stripe__WebhookToleranceSeconds must be positive.")
            .ValidateOnStart();

        services.AddHttpClient(StripeHttpClientName);
        services.AddSingleton<IStripeClient>(sp =>
        {
            var stripe = sp.GetRequiredService<IOptions<PaymentsOptions>>().Value.Stripe;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(StripeHttpClientName);
            // Stripe.net retries network failures and 409/429/5xx itself, reusing the request's idempotency key.
            return new StripeClient(
                apiKey: stripe.SecretKey,
                httpClient: new SystemNetHttpClient(http, maxNetworkRetries: 2),
                apiBase: string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase.TrimEnd('/'));
        });
        services.AddScoped<SandboxPaymentProvider>();
        services.AddScoped<StripePaymentProvider>();
        services.AddScoped<IPaymentProvider>(sp =>
            sp.GetRequiredService<IOptions<PaymentsOptions>>().Value.EffectiveProvider == PaymentProviders.Stripe
                ? sp.GetRequiredService<StripePaymentProvider>()
                : sp.GetRequiredService<SandboxPaymentProvider>());

        services.AddScoped<MoneyMovements>();
        services.AddSingleton<IPaymentsModule, PaymentsModuleApi>();
        services.AddApplicationService<IPaymentAppService, PaymentAppService>();
        services.AddApplicationService<IPaymentAdminAppService, PaymentAppService>();
        services.AddApplicationService<IPayoutAppService, PayoutAppService>();
        services.AddScoped<IAdminStatsContributor, PaymentStatsContributor>();
        services.AddScoped<StripeWebhookProcessor>();
        services.AddIntegrationEventHandler<BookingConfirmed, BookingConfirmedHandler, PaymentsDbContext>();
        services.AddIntegrationEventHandler<BookingCancelled, BookingCancelledHandler, PaymentsDbContext>();
        // The job schedule is fixed at registration, before options exist as a service: read the same section once.
        var configured = context.Configuration.GetSection(PaymentsOptions.SectionName).Get<PaymentsOptions>() ?? new PaymentsOptions();
        services.AddStayHubJob<ReleasePayoutsJob>(ReleasePayoutsJob.Key, configured.PayoutJobInterval);
        services.AddStayHubJob<FailStalePaymentsJob>(FailStalePaymentsJob.Key, TimeSpan.FromMinutes(5));
        services.AddSingleton<IPermissionDefinitionProvider, PaymentsPermissionDefinitionProvider>();
        services.AddModuleValidators<PaymentsModule>();
    }

    private const string StripeHttpClientName = "stripe";
}
