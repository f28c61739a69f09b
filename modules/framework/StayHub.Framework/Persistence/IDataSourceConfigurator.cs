using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace StayHub.Framework.Persistence;

/// <summary>Lets a module add type mappings (PostGIS, enums) to the shared data source.</summary>
public interface IDataSourceConfigurator
{
    void Configure(NpgsqlDataSourceBuilder builder);
}
