namespace StayHub.Reviews.Contracts;

/// <summary>A guest's optional ratings of aspects of the stay, each 1..5.</summary>
/// <param name="Cleanliness">Cleanliness.</param>
/// <param name="Accuracy">Accuracy of the listing.</param>
/// <param name="Communication">Communication with the host.</param>
/// <param name="Location">Location.</param>
/// <param name="CheckIn">Check-in.</param>
/// <param name="Value">Value for money.</param>
public sealed record ReviewCategoryRatings(int? Cleanliness, int? Accuracy, int? Communication, int? Location, int? CheckIn, int? Value);
