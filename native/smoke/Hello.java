import java.time.ZoneId;
public class Hello {
    public static void main(String[] args) throws Exception {
        System.out.println("hello from native, zone " + ZoneId.systemDefault() + ", cpus " + Runtime.getRuntime().availableProcessors());
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), "written");
        System.out.println(java.nio.file.Files.readString(java.nio.file.Path.of(args[0])));
        try (var s = new java.net.ServerSocket(0)) { System.out.println("port " + (s.getLocalPort() > 0)); }
        var z = new java.util.zip.CRC32(); z.update(new byte[]{1,2,3}); System.out.println("crc " + z.getValue());
    }
}
