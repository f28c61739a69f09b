namespace StayHub.Reviews.Contracts;

/// <summary>Averages (2 decimals) of a listing's category ratings over its published, unhidden reviews; <c>null</c> where none rated it.</summary>
/// <param name="Cleanliness">Cleanliness.</param>
/// <param name="Accuracy">Accuracy of the listing.</param>
/// <param name="Communication">Communication with the host.</param>
/// <param name="Location">Location.</param>
/// <param name="CheckIn">Check-in.</param>
/// <param name="Value">Value for money.</param>
public sealed record ReviewCategoryAverages(decimal? Cleanliness, decimal? Accuracy, decimal? Communication, decimal? Location, decimal? CheckIn, decimal? Value);
