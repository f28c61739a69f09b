using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using StayHub.Framework.Auditing;

namespace StayHub.Framework.Persistence;

/// <summary>A DbContext that the host migrates at start, in module order.</summary>
public sealed record ModuleDbContextRegistration(Type ContextType, string Schema);
