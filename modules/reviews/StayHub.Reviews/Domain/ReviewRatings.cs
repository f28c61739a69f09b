namespace StayHub.Reviews.Domain;

/// <summary>An overall rating and the guest's optional category ratings, as stored.</summary>
internal sealed record ReviewRatings(
    int Overall,
    int? Cleanliness = null,
    int? Accuracy = null,
    int? Communication = null,
    int? Location = null,
    int? CheckIn = null,
    int? Value = null)
{
    public bool HasCategories => Cleanliness is not null || Accuracy is not null || Communication is not null
        || Location is not null || CheckIn is not null || Value is not null;
}
