using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using StayHub.Framework.Messaging;
using StayHub.Framework.Persistence;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Persistence;

/// <summary>Every connection of the shared pool maps geography/geometry to NetTopologySuite types.</summary>
internal sealed class NetTopologySuiteDataSourceConfigurator : IDataSourceConfigurator
{
    public void Configure(NpgsqlDataSourceBuilder builder) => builder.UseNetTopologySuite();
}
