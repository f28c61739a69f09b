using Microsoft.EntityFrameworkCore;
using StayHub.Booking.Contracts;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;
using StayHub.Framework.Users;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Listings;

internal sealed class ListingAppService(
    ListingsDbContext db,
    ListingAccess access,
    ListingCache cache,
    ICurrentUser currentUser,
    TimeProvider clock,
    // Optional: a host without the booking module has no stays to protect when a listing is deleted.
    IBookingModule? bookingModule = null) : IListingAppService
{
    public async Task<ListingDto> CreateListingAsync(ListingRequest request, CancellationToken cancellationToken)
    {
        var listing = new Listing(currentUser.GetRequiredId(), ListingMapper.ToDetails(request), clock.GetUtcNow());
        db.Listings.Add(listing);
        await db.SaveChangesAsync(cancellationToken);
        // The id may have been asked for (and "not found" cached) before it existed.
        await cache.EvictAsync(listing.Id);
        return ListingMapper.ToDto(listing);
    }

    public async Task<ListingDto> GetListingAsync(Guid id, CancellationToken cancellationToken)
    {
        var listing = await cache.GetDetailAsync(id, db, cancellationToken);
        if (listing is null || !await access.CanSeeAsync(listing.HostId, listing.Status, cancellationToken))
        {
            throw new NotFoundException("The listing");
        }

        return await MaySeeExactLocationAsync(listing, cancellationToken) ? await WithExactLocationAsync(listing, cancellationToken) : listing;
    }

    /// <summary>The host, moderators, and guests with a confirmed or completed stay there (they are told where to go).</summary>
    private async Task<bool> MaySeeExactLocationAsync(ListingDto listing, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthenticated || currentUser.Id is not { } userId)
        {
            return false;
        }

        return userId == listing.HostId
            || await access.IsModeratorAsync(cancellationToken)
            || (bookingModule is not null && await bookingModule.HasConfirmedStayAsync(listing.Id, userId, cancellationToken));
    }

    private async Task<ListingDto> WithExactLocationAsync(ListingDto listing, CancellationToken cancellationToken)
    {
        var exact = await db.Listings.AsNoTracking()
            .Where(l => l.Id == listing.Id)
            .Select(l => new { l.AddressLine1, l.PostalCode, l.ExactLocation })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The listing");
        return listing with
        {
            Address = listing.Address with { Line1 = exact.AddressLine1, PostalCode = exact.PostalCode },
            Location = new LocationDto(exact.ExactLocation.Y, exact.ExactLocation.X),
            LocationPrecision = LocationPrecisions.Exact,
        };
    }

    public async Task<ListingDto> UpdateListingAsync(Guid id, ListingRequest request, CancellationToken cancellationToken)
    {
        var listing = await access.LoadOwnedAsync(id, cancellationToken, withPhotos: true);
        if (request.Version is { } version)
        {
            // Compared by the UPDATE's WHERE xmin = @version: a stale copy loses even against a concurrent writer.
            db.Entry(listing).Property(l => l.Version).OriginalValue = version;
        }

        listing.Apply(ListingMapper.ToDetails(request), clock.GetUtcNow());
        await SaveAndEvictAsync(listing, cancellationToken);
        return ListingMapper.ToDto(listing);
    }

    public Task<ListingDto> PublishListingAsync(Guid id, CancellationToken cancellationToken) =>
        SetPublishedAsync(id, published: true, asModerator: false, cancellationToken);

    public Task<ListingDto> UnpublishListingAsync(Guid id, CancellationToken cancellationToken) =>
        SetPublishedAsync(id, published: false, asModerator: false, cancellationToken);

    internal async Task<ListingDto> SetPublishedAsync(Guid id, bool published, bool asModerator, CancellationToken cancellationToken)
    {
        Listing listing;
        if (asModerator)
        {
            listing = await db.Listings.Include(l => l.Photos).FirstOrDefaultAsync(l => l.Id == id && l.DeletedAt == null, cancellationToken)
                ?? throw new NotFoundException("The listing");
        }
        else
        {
            listing = await access.LoadOwnedAsync(id, cancellationToken, withPhotos: true);
        }

        if (published)
        {
            listing.Publish(clock.GetUtcNow());
        }
        else
        {
            listing.Unpublish(clock.GetUtcNow());
        }

        await SaveAndEvictAsync(listing, cancellationToken);
        return ListingMapper.ToDto(listing);
    }

    public async Task DeleteListingAsync(Guid id, CancellationToken cancellationToken)
    {
        var listing = await access.LoadOwnedAsync(id, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (bookingModule is not null && await bookingModule.HasUpcomingStaysAsync(id, today, cancellationToken))
        {
            throw new ConflictException(ListingsErrorCodes.HasUpcomingBookings, "The listing has confirmed upcoming stays; cancel them first.");
        }

        listing.Delete(clock.GetUtcNow());
        await SaveAndEvictAsync(listing, cancellationToken);
    }

    public async Task<CursorPage<ListingListItemDto>> ListMyListingsAsync(HostListingQuery query, CancellationToken cancellationToken)
    {
        var hostId = currentUser.GetRequiredId();
        return await PageAsync(db.Listings.Where(l => l.HostId == hostId && l.DeletedAt == null), query.PageSize, query.Cursor, query with { Cursor = null, PageSize = null }, withTotal: false, cancellationToken);
    }

    internal Task<CursorPage<ListingListItemDto>> ListAllAsync(AdminListingQuery query, CancellationToken cancellationToken)
    {
        var listings = db.Listings.AsQueryable();
        listings = query.Status switch
        {
            "deleted" => listings.Where(l => l.DeletedAt != null),
            null => listings.Where(l => l.DeletedAt == null),
            var status => listings.Where(l => l.DeletedAt == null && l.Status == status),
        };
        if (query.HostId is { } hostId)
        {
            listings = listings.Where(l => l.HostId == hostId);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = "%" + EscapeLike(query.Q.Trim()) + "%";
            listings = listings.Where(l => EF.Functions.ILike(l.Title, pattern, "\\") || EF.Functions.ILike(l.City, pattern, "\\"));
        }

        return PageAsync(listings, query.PageSize, query.Cursor, query with { Cursor = null, PageSize = null }, withTotal: true, cancellationToken);
    }

    private async Task SaveAndEvictAsync(Listing listing, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ListingsErrorCodes.ConcurrentChange, "The listing was changed by someone else; reload it and try again.");
        }

        await cache.EvictAsync(listing.Id);
    }

    /// <summary>Newest first; UUID v7 ids are time-ordered, so the id alone is a stable keyset.</summary>
    private static async Task<CursorPage<ListingListItemDto>> PageAsync(
        IQueryable<Listing> listings, int? requestedPageSize, string? cursor, object scope, bool withTotal, CancellationToken cancellationToken)
    {
        var pageSize = Cursor.ClampPageSize(requestedPageSize);
        var before = Cursor.Decode<Guid?>(cursor, scope);
        long? total = withTotal ? await listings.LongCountAsync(cancellationToken) : null;
        var page = await listings.AsNoTracking()
            .Where(l => before == null || l.Id < before)
            .OrderByDescending(l => l.Id)
            .Take(pageSize + 1)
            .Select(l => new
            {
                l.Id, l.HostId, l.Title, l.City, l.Country, l.Status, l.DeletedAt, l.NightlyPrice, l.Currency, l.CreatedAt, l.UpdatedAt,
                PhotoUrl = l.Photos.OrderBy(p => p.Position).Select(p => p.Url).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = page.Take(pageSize)
            .Select(l => new ListingListItemDto(l.Id, l.HostId, l.Title, l.City, l.Country, l.Status, l.DeletedAt != null,
                new Money(l.NightlyPrice, l.Currency), l.PhotoUrl, l.CreatedAt, l.UpdatedAt))
            .ToList();
        var next = page.Count > pageSize ? Cursor.Encode<Guid?>(items[^1].Id, scope) : null;
        return new CursorPage<ListingListItemDto>(items, next, total);
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
