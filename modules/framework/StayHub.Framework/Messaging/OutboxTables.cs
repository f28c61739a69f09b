namespace StayHub.Framework.Messaging;

internal static class OutboxTables
{
    public const string Outbox = "outbox_messages";
    public const string Inbox = "inbox_messages";
}
