namespace StayHub.Framework.Emailing;

internal static class EmailOutboxTables
{
    public const string Deliveries = "email_deliveries";
}
