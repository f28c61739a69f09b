namespace StayHub.Identity.Seeding;

/// <summary>Bound from <c>Admin</c>: the administrator ensured at every start when both values are given.</summary>
internal sealed class AdminAccountOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
