using System.Buffers.Binary;
using System.Text;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Imaging;

internal enum ImageKind
{
    Jpeg,
    Png,
    Webp,
}
