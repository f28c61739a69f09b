using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StayHub.Framework.Imaging;

public static class ImagingServiceExtensions
{
    /// <summary>One shared <see cref="ImageProcessor"/>: its decode slots limit concurrent decoding for the whole process.</summary>
    public static IServiceCollection AddStayHubImaging(this IServiceCollection services)
    {
        services.TryAddSingleton<ImageProcessor>();
        return services;
    }
}
