// The card check page's camera: where the browser can read QR codes (BarcodeDetector), a
// "Scan with the camera" button shows the camera, reads the card's QR code, puts its text in
// the form and sends it. Without it (or without JavaScript) the page works as it is: type the
// number, or send a photo of the code.
(function () {
  var button = document.getElementById("scan-button");
  var video = document.getElementById("scan-video");
  var field = document.getElementById("f-credential");
  if (!button || !video || !field || !("BarcodeDetector" in window) || !navigator.mediaDevices) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      video.play();
      var look = function () {
        detector.detect(video).then(function (codes) {
          if (codes.length > 0) {
            stream.getTracks().forEach(function (t) { t.stop(); });
            video.hidden = true;
            field.value = codes[0].rawValue;
            field.form.submit();
          } else {
            window.requestAnimationFrame(look);
          }
        }, function () { window.requestAnimationFrame(look); });
      };
      look();
    }, function () {
      button.hidden = true;
    });
  });
})();
