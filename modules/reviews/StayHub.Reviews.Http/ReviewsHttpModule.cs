using Microsoft.AspNetCore.Routing;
using StayHub.Framework.Http;
using StayHub.Framework.Http.Application;
using StayHub.Framework.Http.Modularity;
using StayHub.Reviews.Contracts;

namespace StayHub.Reviews.Http;

/// <summary>Reviews' application services over HTTP: write, read and reply to reviews, and the moderation routes.</summary>
public sealed class ReviewsHttpModule : StayHubHttpModule
{
    public override IReadOnlyList<Type> DependsOn => [typeof(ReviewsModule), typeof(FrameworkHttpModule)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApplicationService<IReviewAppService>();
        endpoints.MapApplicationService<IReviewAdminAppService>();
    }
}
