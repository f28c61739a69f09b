using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StayHub.Framework.Modularity;

public sealed record ModuleContext(IServiceCollection Services, IConfiguration Configuration, IHostEnvironment Environment);
