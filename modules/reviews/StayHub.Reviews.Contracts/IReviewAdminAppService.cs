using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Reviews.Contracts;

/// <summary>
/// Moderation of reviews (permission <c>Reviews.Reviews.Moderate</c>): hidden reviews leave the public lists and the
/// listing's aggregates; unhiding puts them back.
/// </summary>
[ApplicationService("api/admin/reviews", Tag = "Admin: reviews", OperationIdPrefix = "Admin")]
[Permission(ReviewsPermissions.Moderate)]
public interface IReviewAdminAppService : IApplicationService
{
    /// <summary>Every review, pending or published, hidden or not, filtered by listing, user (author or subject) and hidden state; newest first.</summary>
    [Get("")]
    Task<CursorPage<AdminReviewDto>> ListReviewsAsync(AdminReviewQuery query, CancellationToken cancellationToken);

    /// <summary>Hides review <paramref name="id"/> with a reason (idempotent); 404 when unknown.</summary>
    [ProducesErrors(404)]
    Task<AdminReviewDto> HideReviewAsync(Guid id, HideReviewRequest request, CancellationToken cancellationToken);

    /// <summary>Shows hidden review <paramref name="id"/> again (idempotent); 404 when unknown.</summary>
    [ProducesErrors(404)]
    Task<AdminReviewDto> UnhideReviewAsync(Guid id, CancellationToken cancellationToken);
}
