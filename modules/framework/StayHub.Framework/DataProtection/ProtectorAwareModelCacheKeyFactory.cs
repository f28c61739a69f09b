using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace StayHub.Framework.DataProtection;

/// <summary>
/// EF Core caches one model per context type; a converter captured in it would leak one host's protector into
/// another host in the same process (tests, or two hosts side by side). Keying the cache by protector avoids that.
/// </summary>
public sealed class ProtectorAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is IHasPiiProtector owner
            ? (context.GetType(), owner.PiiProtector, designTime)
            : (context.GetType(), designTime);
}
