namespace Reports.Pipeline;

/// <summary>
/// A model value that <see cref="ModelFingerprint"/> hashes as <see cref="FingerprintValue"/> instead of walking its
/// members: for a value a template cannot see directly (see <see cref="Rendering.Templates.Stamp"/>).
/// </summary>
public interface IFingerprintProxy
{
    object? FingerprintValue { get; }
}
