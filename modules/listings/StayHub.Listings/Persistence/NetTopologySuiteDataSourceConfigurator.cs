using Microsoft.EntityFrameworkCore;
using Npgsql;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;

namespace StayHub.Listings.Persistence;

/// <summary>Every connection of the shared pool maps geography/geometry to NetTopologySuite types.</summary>
internal sealed class NetTopologySuiteDataSourceConfigurator : IDataSourceConfigurator
{
    public void Configure(NpgsqlDataSourceBuilder builder) => builder.UseNetTopologySuite();
}
