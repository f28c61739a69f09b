using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using StayHub.Framework.Contracts.Admin;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Contracts.Auditing;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Http.Auditing;
using StayHub.Framework.Http.Idempotency;
using StayHub.Framework.Http.Media;
using StayHub.Framework.Http.Metrics;
using StayHub.Framework.Http.Modularity;
using StayHub.Framework.Http.Validation;
using StayHub.Framework.Modularity;

namespace StayHub.Framework.Http.Hosting;

/// <summary>The modules the host composed, in dependency order.</summary>
public sealed record ModuleCatalog(IReadOnlyList<StayHubModule> Modules);
