namespace Reports.Scoring.Review;

/// <summary>One question of the plan's weekly review checklist (§6, §9), answered from the data of one week.</summary>
public interface IReviewQuestion
{
    /// <summary>The stable code in <c>status --json</c> (<c>repeated-incident-classes</c>).</summary>
    string Code { get; }

    /// <summary>The question as the review asks it.</summary>
    string Title { get; }

    /// <summary>What an empty answer says ("no incident class repeated"): an empty answer is stated, never hidden.</summary>
    string None { get; }

    ReviewAnswer Answer(ReviewFacts facts);
}
