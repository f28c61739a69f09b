using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StayHub.Framework.Persistence;

namespace StayHub.Framework.Emailing;

public static class EmailingExtensions
{
    /// <summary>
    /// Registers <see cref="IEmailSender"/> (durable outbox, background delivery), <see cref="IEmailTemplateRenderer"/> and
    /// the transport that configuration picks: SMTP when <c>Email:Smtp:Host</c> is set, else the pickup folder.
    /// Invalid settings stop the host at start with a message naming the key.
    /// </summary>
    public static IServiceCollection AddStayHubEmailing(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName)
            .Validate(o => EmailOptions.TryParseMailbox(o.From, out _),
                "Email__From (configuration key Email:From) must be a mailbox address such as 'StayHub <no-reply@example.com>'.")
            .Validate(o => o.Smtp.Port is > 0 and <= 65535, "Email__Smtp__Port (configuration key Email:Smtp:Port) must be between 1 and 65535.")
            .Validate(o => string.IsNullOrEmpty(o.Smtp.Username) || o.Smtp.Password is not null,
                "Email__Smtp__Password (configuration key Email:Smtp:Password) is required when Email:Smtp:Username is set.")
            .Validate(o => Enum.IsDefined(o.Smtp.Security), "Email__Smtp__Security (configuration key Email:Smtp:Security) must be Auto, None, StartTls or SslOnConnect.")
            .Validate(o => o.Smtp.Timeout > TimeSpan.Zero, "Email__Smtp__Timeout (configuration key Email:Smtp:Timeout) must be positive.")
            .Validate(o => o.MaxAttempts >= 1, "Email__MaxAttempts (configuration key Email:MaxAttempts) must be at least 1.")
            .Validate(o => o.RetryDelay >= TimeSpan.Zero, "Email__RetryDelay (configuration key Email:RetryDelay) must not be negative.")
            .Validate(o => o.MaxRetryDelay >= o.RetryDelay, "Email__MaxRetryDelay (configuration key Email:MaxRetryDelay) must not be below Email:RetryDelay.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Email__PollInterval (configuration key Email:PollInterval) must be positive.")
            .Validate(o => o.SendLease >= 4 * o.Smtp.Timeout,
                "Email__SendLease (configuration key Email:SendLease) must be at least 4 × Email:Smtp:Timeout, so a send finishes or gives up before its lease ends.")
            .ValidateOnStart();
        services.AddOptions<AppUrlOptions>().BindConfiguration(AppUrlOptions.SectionName)
            .Validate(o => Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
                "App__PublicUrl (configuration key App:PublicUrl) must be an absolute http(s) URL, e.g. https://stayhub.example.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IEmailTemplateRenderer, EmailTemplateRenderer>();
        services.AddSingleton<IEmailTransport>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Host)
                ? ActivatorUtilities.CreateInstance<PickupFolderEmailTransport>(sp)
                : ActivatorUtilities.CreateInstance<SmtpEmailTransport>(sp));
        services.AddModuleDbContext<EmailingDbContext>(EmailingDbContext.SchemaName);
        services.AddEmailOutbox<EmailingDbContext>();
        services.AddSingleton<IEmailSender, DurableEmailSender>();
        return services;
    }
}
