namespace StayHub.Payments.Domain;

/// <summary>A webhook event already acted upon; its id makes redelivery harmless.</summary>
internal sealed class ProcessedWebhookEvent
{
    private ProcessedWebhookEvent()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public string Type { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    public static ProcessedWebhookEvent Of(string id, string type, DateTimeOffset now) => new() { Id = id, Type = type, ReceivedAt = now };
}
