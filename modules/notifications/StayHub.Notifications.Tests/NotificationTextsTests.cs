using StayHub.Identity.Contracts;
using StayHub.Notifications.Application;
using StayHub.Notifications.Application.Templates;
using StayHub.Notifications.Contracts;
using StayHub.Notifications.Domain;

namespace StayHub.Notifications.Tests;

public sealed class NotificationTextsTests
{
    private static readonly NotificationTexts Texts = new();

    // Every (type, recipient side) the handlers send.
    public static TheoryData<string> Keys => new(
        NotificationTypes.BookingRequested + ".host", NotificationTypes.BookingApproved + ".guest", NotificationTypes.BookingDeclined + ".guest",
        NotificationTypes.BookingConfirmed + ".guest", NotificationTypes.BookingConfirmed + ".host", NotificationTypes.BookingCancelled + ".guest",
        NotificationTypes.BookingCancelled + ".host", NotificationTypes.BookingExpired + ".guest", NotificationTypes.BookingCompleted + ".guest",
        NotificationTypes.BookingCompleted + ".host", NotificationTypes.CheckInReminder + ".guest", NotificationTypes.PaymentSucceeded + ".guest",
        NotificationTypes.PaymentFailed + ".guest", NotificationTypes.RefundIssued + ".guest", NotificationTypes.PayoutSent + ".host",
        NotificationTypes.PayoutFailed + ".host", NotificationTypes.ReviewReceived + ".host", NotificationTypes.ReviewReceived + ".guest",
        NotificationTypes.ReviewReplyReceived + ".guest");

    public static TheoryData<string> ReviewKeys => new(
        NotificationTypes.ReviewReceived + ".host", NotificationTypes.ReviewReceived + ".guest", NotificationTypes.ReviewReplyReceived + ".guest");

    [Theory]
    [MemberData(nameof(ReviewKeys))]
    public void Review_messages_exist_in_spanish_too(string key)
    {
        Texts.LanguageFor(key, "es").ShouldBe("es");
        Texts.Get("es", key + ".title").ShouldNotBe(Texts.Get("en", key + ".title"));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void English_and_french_have_every_message(string key)
    {
        Texts.LanguageFor(key, "fr").ShouldBe("fr");
        Texts.Get("en", key + ".title").ShouldNotBeNullOrWhiteSpace();
        Texts.Get("fr", key + ".body").ShouldNotBe(Texts.Get("en", key + ".body"));
    }

    [Fact]
    public void A_language_without_the_message_falls_back_to_english_as_a_whole()
    {
        Texts.LanguageFor(NotificationTypes.PayoutFailed + ".host", "es").ShouldBe("en", "the Spanish catalog is partial");
        Texts.LanguageFor(NotificationTypes.BookingConfirmed + ".guest", "es").ShouldBe("es");
        Texts.LanguageFor(NotificationTypes.BookingConfirmed + ".guest", "ja").ShouldBe("en", "no Japanese catalog");
        Texts.LanguageFor(NotificationTypes.BookingConfirmed + ".guest", null).ShouldBe("en");
        Texts.Get("es", "email.footer").ShouldBe(Texts.Get("en", "email.footer"));
    }

    [Fact]
    public void A_placeholder_without_a_value_is_an_error_not_a_token_in_an_inbox()
    {
        NotificationTexts.Fill("Hi {{name}}", new Dictionary<string, string> { ["name"] = "Ana" }).ShouldBe("Hi Ana");
        Should.Throw<InvalidOperationException>(() => NotificationTexts.Fill("Hi {{name}}", new Dictionary<string, string>()));
    }

    [Fact]
    public void Receipts_ignore_opt_outs_and_bookings_follow_each_channel()
    {
        var off = new ChannelPreferencesDto(false, false, false, false);
        var on = new ChannelPreferencesDto(true, true, true, false);
        var emailOff = new PreferencesDto("USD", "en", new NotificationPreferencesDto(off, on));

        Notifier.Channels(NotificationCategories.Receipts, emailOff).ShouldBe([NotificationChannels.InApp, NotificationChannels.Email]);
        Notifier.Channels(NotificationCategories.Bookings, emailOff).ShouldBe([NotificationChannels.InApp]);
        Notifier.Channels(NotificationCategories.Bookings, new PreferencesDto("USD", "en", new NotificationPreferencesDto(on, off))).ShouldBe([NotificationChannels.Email]);
        Notifier.Channels(NotificationCategories.Reviews, new PreferencesDto("USD", "en", new NotificationPreferencesDto(off, off))).ShouldBeEmpty();
    }
}
