using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StayHub.Listings.Application.Listings;
using StayHub.Listings.Persistence;

namespace StayHub.Listings.Application.Ratings;

/// <summary>
/// Evicts cached listing details after the transaction that changed them commits. Work running inside a transaction
/// it does not own (an event handler inside the dispatcher's) cannot evict itself: before the commit a concurrent
/// read could cache the old row again, and the cache's xmin check would find it still current.
/// </summary>
internal sealed class ListingEvictionInterceptor(ListingCache cache) : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ListingsDbContext db)
        {
            foreach (var id in db.TakeEvictions())
            {
                await cache.EvictAsync(id);
            }
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ListingsDbContext db)
        {
            foreach (var id in db.TakeEvictions())
            {
                cache.EvictAsync(id).AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
