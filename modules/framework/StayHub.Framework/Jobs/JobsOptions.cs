using StayHub.Framework.Seeding;

namespace StayHub.Framework.Jobs;

/// <summary>Configuration section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Whether this node runs the scheduler. Off, jobs are still registered but never fire here.</summary>
    public bool Enabled { get; set; } = true;
}
