namespace Reports.Publishing;

/// <summary>How <see cref="OutputWriter"/> puts changed files into an existing output folder.</summary>
public enum WriteMode
{
    /// <summary>
    /// Every changed file is written beside the folder and renamed into place, so a reader sees the old file or the
    /// new one, never part of either; the replaced copies are deleted before the write returns.
    /// </summary>
    Publish,

    /// <summary>
    /// For a preview server rebuilding as sources are saved: a changed file that keeps or grows its size is
    /// overwritten in place (no new file, no freed blocks, the cheapest write there is), the others are renamed
    /// into place, and the replaced copies are left in a trash folder for the caller to delete after the reload
    /// (<see cref="PublishResult.PendingCleanup"/>). A reader could catch a file half-written, which a preview
    /// whose pages reload after the build accepts and a published site must not.
    /// </summary>
    Preview,
}
