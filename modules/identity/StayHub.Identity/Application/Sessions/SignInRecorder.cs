using Microsoft.EntityFrameworkCore;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.Sessions;

/// <summary>
/// Keeps <c>last_sign_in_at</c> for the admin detail page. One UPDATE of that column alone: it must not race the
/// user row's concurrency stamp with a profile edit made at the same moment.
/// </summary>
internal sealed class SignInRecorder(IdentityDbContext db, TimeProvider clock)
{
    public Task RecordAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now), cancellationToken);
    }
}
