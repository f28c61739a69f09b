using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Errors;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Listings;

/// <summary>Who may see and change which listing. Someone else's private listing is "not found", never "forbidden".</summary>
internal sealed class ListingAccess(ListingsDbContext db, ICurrentUser currentUser, IPermissionChecker permissions)
{
    /// <summary>The caller's own, not deleted listing (tracked, with photos), or 404.</summary>
    public async Task<Listing> LoadOwnedAsync(Guid id, CancellationToken cancellationToken, bool withPhotos = false)
    {
        var userId = currentUser.GetRequiredId();
        IQueryable<Listing> query = withPhotos ? db.Listings.Include(l => l.Photos) : db.Listings;
        var listing = await query.FirstOrDefaultAsync(l => l.Id == id && l.DeletedAt == null, cancellationToken);
        return listing is not null && listing.HostId == userId ? listing : throw new NotFoundException("The listing");
    }

    /// <summary>Published listings are public; unpublished ones only for their host and moderators.</summary>
    public async Task<bool> CanSeeAsync(Guid hostId, string status, CancellationToken cancellationToken)
    {
        if (status == ListingStatus.Published)
        {
            return true;
        }

        if (!currentUser.IsAuthenticated)
        {
            return false;
        }

        return currentUser.Id == hostId || await IsModeratorAsync(cancellationToken);
    }

    public Task<bool> IsModeratorAsync(CancellationToken cancellationToken) =>
        permissions.IsGrantedAsync(currentUser.Id, currentUser.Roles, ListingsPermissions.ListingsModerate, cancellationToken);
}
