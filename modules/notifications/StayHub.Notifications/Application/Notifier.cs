using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StayHub.Framework.Contracts;
using StayHub.Framework.Emailing;
using StayHub.Identity.Contracts;
using StayHub.Notifications.Application.Templates;
using StayHub.Notifications.Domain;
using StayHub.Notifications.Persistence;

namespace StayHub.Notifications.Application;

/// <summary>
/// Turns a <see cref="NotificationRequest"/> into rows of the caller's unit of work: an in-app notification and an
/// email (notification row + durable delivery) as the user's preferences allow, in their language. Nothing is sent
/// here: the inbox transaction commits the rows, then the email worker sends and the push interceptor pushes.
/// </summary>
internal sealed class Notifier(
    NotificationsDbContext db,
    PeopleLookup people,
    IEmailTemplateRenderer renderer,
    NotificationTexts texts,
    IOptions<AppUrlOptions> app,
    TimeProvider clock)
{
    public async Task NotifyAsync(NotificationRequest request, CancellationToken cancellationToken)
    {
        var user = await people.FindUserAsync(request.UserId, cancellationToken);
        if (user is null)
        {
            // A deleted account has no one to tell.
            return;
        }

        var preferences = await people.GetPreferencesAsync(request.UserId, cancellationToken);
        var channels = Channels(request.Category, preferences);
        if (channels.Count == 0)
        {
            return;
        }

        // Rows this event already has: normally none (the inbox runs the handler once per event), but a redelivery whose
        // inbox row was lost must add nothing rather than fail forever on the unique key.
        var existing = await db.Notifications
            .Where(n => n.EventId == request.EventId && n.UserId == request.UserId)
            .Select(n => n.Channel)
            .ToListAsync(cancellationToken);
        var language = texts.LanguageFor(request.Key, preferences?.Language);
        var values = Format(request.Facts, language);
        var title = Fill(texts.Get(language, request.Key + ".title"), values);
        var body = Fill(texts.Get(language, request.Key + ".body"), values);
        var now = clock.GetUtcNow();
        foreach (var channel in channels.Except(existing))
        {
            var notification = Notification.Create(request.UserId, request.EventId, channel, request.Type, language, title, body, request.Link, now);
            db.Notifications.Add(notification);
            if (channel == NotificationChannels.Email)
            {
                var message = renderer.Render(NotificationTexts.EmailLayout, user.Email, title, new Dictionary<string, string>
                {
                    ["language"] = language,
                    ["greeting"] = Fill(texts.Get(language, "email.greeting"), new Dictionary<string, string> { ["name"] = user.DisplayName }),
                    ["title"] = title,
                    ["body"] = body,
                    ["link"] = app.Value.Link(request.Link ?? "/"),
                    ["open"] = texts.Get(language, "email.open"),
                    ["footer"] = texts.Get(language, "email.footer"),
                });
                db.QueueEmail(message, request.Type, now, key: $"notification:{notification.Id}");
            }
        }
    }

    /// <summary>Receipts go out on both channels whatever the settings; the rest follow the category's switch per channel.</summary>
    internal static IReadOnlyList<string> Channels(string category, PreferencesDto? preferences)
    {
        if (category == NotificationCategories.Receipts || preferences is null)
        {
            return [NotificationChannels.InApp, NotificationChannels.Email];
        }

        var channels = new List<string>(2);
        if (Allows(preferences.Notifications.InApp, category))
        {
            channels.Add(NotificationChannels.InApp);
        }

        if (Allows(preferences.Notifications.Email, category))
        {
            channels.Add(NotificationChannels.Email);
        }

        return channels;
    }

    private static bool Allows(ChannelPreferencesDto channel, string category) => category switch
    {
        NotificationCategories.Bookings => channel.Bookings,
        NotificationCategories.Reviews => channel.Reviews,
        _ => true,
    };

    private Dictionary<string, string> Format(IReadOnlyDictionary<string, object> facts, string language) =>
        facts.ToDictionary(f => f.Key, f => f.Value switch
        {
            Money money => LocalFormat.Money(money, language),
            DateOnly date => LocalFormat.Date(date, language),
            DateRange range => LocalFormat.Dates(range.From, range.To, language),
            Localized localized => texts.Get(language, localized.Key),
            _ => f.Value.ToString() ?? string.Empty,
        }, StringComparer.Ordinal);

    /// <summary>Catalog texts are plain text; the email renderer HTML-encodes the values it puts into the layout.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> values) => NotificationTexts.Fill(template, values);
}
