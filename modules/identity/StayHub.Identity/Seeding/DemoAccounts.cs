namespace StayHub.Identity.Seeding;

/// <summary>The demo accounts <c>etc/run.sh</c> creates; listed in the README.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Pass-2026!";
    public const string GuestEmail = "guest@stayhub.local";
    public const string HostEmail = "host@stayhub.local";
}
