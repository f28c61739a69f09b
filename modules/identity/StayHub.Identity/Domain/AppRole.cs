using Microsoft.AspNetCore.Identity;

namespace StayHub.Identity.Domain;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
        Id = Guid.CreateVersion7();
    }

    public AppRole(string name)
        : this()
    {
        Name = name;
    }
}
